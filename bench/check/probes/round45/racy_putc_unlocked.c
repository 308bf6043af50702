/* TRUTH: racy — putc_unlocked skips the FILE lock; two threads update stdout's buffer pointers concurrently */
#include <pthread.h>
#include <stdio.h>
void *w(void *x){ for (int i = 0; i < 100; i++) putc_unlocked('a' + (int)(long)x, stdout); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0L); pthread_create(&b,0,w,(void*)1L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
