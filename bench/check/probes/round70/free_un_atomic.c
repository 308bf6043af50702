/* TRUTH: free — ++ on _Atomic int is an atomic RMW in both threads */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
_Atomic int a;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = ++ID(a); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = ID(a)++; pthread_join(t, 0); return 0; }
