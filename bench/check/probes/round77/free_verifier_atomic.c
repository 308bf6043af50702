/* TRUTH: free — both threads access cnt only inside __VERIFIER_atomic sections */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void); extern void __VERIFIER_atomic_end(void);
int cnt;
void *t1(void *a){ __VERIFIER_atomic_begin(); cnt++; __VERIFIER_atomic_end(); return 0; }
void *t2(void *a){ __VERIFIER_atomic_begin(); cnt+=2; __VERIFIER_atomic_end(); return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return cnt; }
