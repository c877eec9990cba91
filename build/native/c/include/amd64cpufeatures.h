/* The CPU features svm's AMD64LibCHelper.CPUFeatures reads: one byte each, named "f" + the
 * name of JVMCI's AMD64.CPUFeature (svm checks every name of the enum has its field). */
#ifndef AMD64CPUFEATURES_H
#define AMD64CPUFEATURES_H

typedef struct {
    char fCX8, fCMOV, fFXSR, fHT, fMMX, fAMD_3DNOW_PREFETCH, fSSE, fSSE2, fSSE3, fSSSE3, fSSE4A,
        fSSE4_1, fSSE4_2, fPOPCNT, fLZCNT, fTSC, fTSCINV, fTSCINV_BIT, fAVX, fAVX2, fAES, fERMS,
        fCLMUL, fBMI1, fBMI2, fRTM, fADX, fAVX512F, fAVX512DQ, fAVX512PF, fAVX512ER, fAVX512CD,
        fAVX512BW, fAVX512VL, fSHA, fFMA, fVZEROUPPER, fAVX512_VPOPCNTDQ, fAVX512_VPCLMULQDQ,
        fAVX512_VAES, fAVX512_VNNI, fFLUSH, fFLUSHOPT, fCLWB, fAVX512_VBMI2, fAVX512_VBMI, fHV,
        fSERIALIZE, fRDTSCP, fRDPID, fFSRM, fGFNI, fAVX512_BITALG, fPKU, fOSPKE, fCET_IBT, fCET_SS,
        fF16C, fAVX512_IFMA;
} CPUFeatures;

void determineCPUFeatures(CPUFeatures *features);
/* 0 when this CPU has every feature the image was built for; the mask is svm's (negated bytes) */
int checkCPUFeatures(const unsigned char *buildtimeMask);
int checkCPUFeaturesOrExit(const unsigned char *buildtimeMask, const char *errorMessage);

#endif
