/* svm's RISCV64LibCHelper.CPUFeatures, one byte per feature. The builder reads this struct's
 * layout on every platform; only a RISC-V image would need its functions (not built here). */
#ifndef RISCV64CPUFEATURES_H
#define RISCV64CPUFEATURES_H

typedef struct {
    char fI, fM, fA, fF, fD, fC, fV;
} CPUFeatures;

#endif
