/* TRUTH: free — v<0 or v>=0 always returns */
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
void *t(void *a) { int v = __VERIFIER_nondet_int(); if (v < 0) return NULL; if (v >= 0) return NULL; g = 1; return NULL; }
int main(void) { pthread_t th;  pthread_create(&th, NULL, t, NULL); g = 2; pthread_join(th, NULL); return 0; }
