/* TRUTH: racy — writes u[id].s.x, reads u[id+1].arr[0] which aliases u[id+1].s.x written by thread id+1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
union U { struct { int x; int y; } s; int arr[2]; } u[T+1]; int r[T];
void *w(void *p){ int id=(int)(long)p; u[id].s.x=id; r[id]=u[id+1].arr[0]; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return r[0]; }
