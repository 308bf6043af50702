/* TRUTH: free — handlers invoked through a function-pointer table; every handler takes reg_lock before touching regs */
#include <pthread.h>
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static int regs[4];
static void op_inc(int r) { pthread_mutex_lock(&reg_lock); regs[r]++; pthread_mutex_unlock(&reg_lock); }
static void op_dbl(int r) { pthread_mutex_lock(&reg_lock); regs[r] *= 2; pthread_mutex_unlock(&reg_lock); }
static void op_clr(int r) { pthread_mutex_lock(&reg_lock); regs[r] = 0; pthread_mutex_unlock(&reg_lock); }
typedef void (*op_fn)(int);
static const op_fn ops[3] = {op_inc, op_dbl, op_clr};
struct prog { const int *code; int len; };
static void *cpu(void *arg) {
    struct prog *p = arg;
    for (int i = 0; i < p->len; i++) ops[p->code[i] % 3](p->code[i] / 3 % 4);
    return NULL;
}
int main(void) {
    static const int c1[] = {0, 3, 6, 1, 4, 7};
    static const int c2[] = {9, 0, 0, 1, 2, 5};
    struct prog p1 = {c1, 6}, p2 = {c2, 6};
    pthread_t a, b;
    pthread_create(&a, NULL, cpu, &p1);
    pthread_create(&b, NULL, cpu, &p2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return regs[0] + regs[1];
}
