/* TRUTH: free — each thread holds flockfile(stdout) around its putc_unlocked calls */
#include <pthread.h>
#include <stdio.h>
void *w(void *x){ flockfile(stdout); for (int i = 0; i < 10; i++) putc_unlocked('a', stdout); funlockfile(stdout); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
