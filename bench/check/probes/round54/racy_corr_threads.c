/* TRUTH: racy — v=0,w=-1 both write */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern unsigned int __VERIFIER_nondet_uint(void);
extern unsigned char __VERIFIER_nondet_uchar(void);
extern unsigned short __VERIFIER_nondet_ushort(void);
extern short __VERIFIER_nondet_short(void);
extern char __VERIFIER_nondet_char(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
int g;
int gv;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { int w = __VERIFIER_nondet_int(); __VERIFIER_assume(w == gv - 1); if (w < 0) g = 1; return NULL; }
int main(void) { pthread_t th; int v = __VERIFIER_nondet_int(); gv = v; pthread_create(&th, NULL, t, NULL); if (v >= 0) g = 2; pthread_join(th, NULL); return 0; }
