/* svm's CPU feature detection on AMD64 (liblibchelper.a): the CPUID bits, and AVX/AVX-512 only
 * when the OS saves their registers (XCR0), as HotSpot does. The image checks at start that
 * the CPU has every feature it was compiled for and exits with svm's message when not. */
#include <cpuid.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "include/amd64cpufeatures.h"

#define BIT(reg, n) (((reg) >> (n)) & 1)

static unsigned long long xcr0(void) {
    unsigned int lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long) hi << 32) | lo;
}

void determineCPUFeatures(CPUFeatures *f) {
    unsigned int a, b, c, d, max, maxExt;
    memset(f, 0, sizeof(*f));
    max = __get_cpuid_max(0, NULL);
    maxExt = __get_cpuid_max(0x80000000, NULL);
    if (max < 1) {
        return;
    }
    __cpuid(1, a, b, c, d);
    f->fTSC = BIT(d, 4); f->fCX8 = BIT(d, 8); f->fCMOV = BIT(d, 15); f->fFLUSH = BIT(d, 19);
    f->fMMX = BIT(d, 23); f->fFXSR = BIT(d, 24); f->fSSE = BIT(d, 25); f->fSSE2 = BIT(d, 26);
    f->fHT = BIT(d, 28);
    f->fSSE3 = BIT(c, 0); f->fCLMUL = BIT(c, 1); f->fSSSE3 = BIT(c, 9); f->fFMA = BIT(c, 12);
    f->fSSE4_1 = BIT(c, 19); f->fSSE4_2 = BIT(c, 20); f->fPOPCNT = BIT(c, 23); f->fAES = BIT(c, 25);
    f->fAVX = BIT(c, 28); f->fF16C = BIT(c, 29); f->fHV = BIT(c, 31);
    int osxsave = BIT(c, 27);
    if (max >= 7) {
        __cpuid_count(7, 0, a, b, c, d);
        f->fBMI1 = BIT(b, 3); f->fAVX2 = BIT(b, 5); f->fBMI2 = BIT(b, 8); f->fERMS = BIT(b, 9);
        f->fRTM = BIT(b, 11); f->fAVX512F = BIT(b, 16); f->fAVX512DQ = BIT(b, 17); f->fADX = BIT(b, 19);
        f->fAVX512_IFMA = BIT(b, 21); f->fFLUSHOPT = BIT(b, 23); f->fCLWB = BIT(b, 24);
        f->fAVX512PF = BIT(b, 26); f->fAVX512ER = BIT(b, 27); f->fAVX512CD = BIT(b, 28);
        f->fSHA = BIT(b, 29); f->fAVX512BW = BIT(b, 30); f->fAVX512VL = BIT(b, 31);
        f->fAVX512_VBMI = BIT(c, 1); f->fPKU = BIT(c, 3); f->fOSPKE = BIT(c, 4);
        f->fAVX512_VBMI2 = BIT(c, 6); f->fCET_SS = BIT(c, 7); f->fGFNI = BIT(c, 8);
        f->fAVX512_VAES = BIT(c, 9); f->fAVX512_VPCLMULQDQ = BIT(c, 10); f->fAVX512_VNNI = BIT(c, 11);
        f->fAVX512_BITALG = BIT(c, 12); f->fAVX512_VPOPCNTDQ = BIT(c, 14); f->fRDPID = BIT(c, 22);
        f->fFSRM = BIT(d, 4); f->fSERIALIZE = BIT(d, 14); f->fCET_IBT = BIT(d, 20);
    }
    if (maxExt >= 0x80000001) {
        __cpuid(0x80000001, a, b, c, d);
        f->fLZCNT = BIT(c, 5); f->fSSE4A = BIT(c, 6);
        f->fAMD_3DNOW_PREFETCH = BIT(c, 8) | BIT(d, 31);
        f->fRDTSCP = BIT(d, 27);
    }
    if (maxExt >= 0x80000007) {
        __cpuid(0x80000007, a, b, c, d);
        f->fTSCINV_BIT = BIT(d, 8);
        f->fTSCINV = f->fTSCINV_BIT;
    }
    /* AVX needs the OS to save XMM and YMM state; AVX-512 also opmask and ZMM state */
    unsigned long long xcr = osxsave ? xcr0() : 0;
    if ((xcr & 0x6) != 0x6) {
        f->fAVX = f->fAVX2 = f->fFMA = f->fF16C = 0;
    }
    if ((xcr & 0xe6) != 0xe6 || !f->fAVX) {
        f->fAVX512F = f->fAVX512DQ = f->fAVX512PF = f->fAVX512ER = f->fAVX512CD = f->fAVX512BW = 0;
        f->fAVX512VL = f->fAVX512_VPOPCNTDQ = f->fAVX512_VPCLMULQDQ = f->fAVX512_VAES = 0;
        f->fAVX512_VNNI = f->fAVX512_VBMI2 = f->fAVX512_VBMI = f->fAVX512_BITALG = f->fAVX512_IFMA = 0;
    }
    f->fVZEROUPPER = f->fAVX;   /* HotSpot's pseudo-feature: clear upper YMM halves (AVX only) */
}

int checkCPUFeatures(const unsigned char *buildtimeMask) {
    /* svm over-allocates its mask to whole 64-bit words, bytes past the struct are 0xff */
    unsigned char features[(sizeof(CPUFeatures) + 7) / 8 * 8];
    memset(features, 0, sizeof(features));
    determineCPUFeatures((CPUFeatures *) features);
    for (size_t i = 0; i < sizeof(features); i++) {
        if ((unsigned char) (features[i] | buildtimeMask[i]) != 0xff) {
            return 1;
        }
    }
    return 0;
}

int checkCPUFeaturesOrExit(const unsigned char *buildtimeMask, const char *errorMessage) {
    int result = checkCPUFeatures(buildtimeMask);
    if (result != 0) {
        fputs(errorMessage, stderr);
        fputc('\n', stderr);
        exit(1);
    }
    return result;
}
