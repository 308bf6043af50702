/* TRUTH: racy — same dispatcher, but op_clr (reachable through the function-pointer table) writes regs without the lock */
#include <pthread.h>
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static int regs[4];
static void op_inc(int r) { pthread_mutex_lock(&reg_lock); regs[r]++; pthread_mutex_unlock(&reg_lock); }
static void op_dbl(int r) { pthread_mutex_lock(&reg_lock); regs[r] *= 2; pthread_mutex_unlock(&reg_lock); }
static void op_clr(int r) { regs[r] = 0; }
typedef void (*op_fn)(int);
static const op_fn ops[3] = {op_inc, op_dbl, op_clr};
struct prog { const int *code; int len; };
static void *cpu(void *arg) {
    struct prog *p = arg;
    for (int i = 0; i < p->len; i++) ops[p->code[i] % 3](p->code[i] / 3 % 4);
    return NULL;
}
int main(void) {
    static const int c1[] = {0, 3, 6, 2, 4, 7};   /* 2 -> op_clr(0) */
    static const int c2[] = {0, 0, 0, 1, 2, 5};
    struct prog p1 = {c1, 6}, p2 = {c2, 6};
    pthread_t a, b;
    pthread_create(&a, NULL, cpu, &p1);
    pthread_create(&b, NULL, cpu, &p2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return regs[0] + regs[1];
}
