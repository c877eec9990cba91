/* svm's AArch64LibCHelper.CPUFeatures, one byte per feature. The builder reads this struct's
 * layout on every platform; only an AArch64 image would need its functions (not built here). */
#ifndef AARCH64CPUFEATURES_H
#define AARCH64CPUFEATURES_H

typedef struct {
    char fFP, fASIMD, fEVTSTRM, fAES, fPMULL, fSHA1, fSHA2, fCRC32, fLSE, fDCPOP, fSHA3, fSHA512,
        fSVE, fSVE2, fSTXR_PREFETCH, fA53MAC, fDMB_ATOMICS, fPACA, fSVEBITPERM;
} CPUFeatures;

#endif
