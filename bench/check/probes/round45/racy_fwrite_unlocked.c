/* TRUTH: racy — fputs_unlocked/fwrite_unlocked skip the FILE lock; two threads mutate stdout's buffer state concurrently */
#include <pthread.h>
#include <stdio.h>
void *w(void *x){ for (int i = 0; i < 50; i++) { fputs_unlocked("xy", stdout); fwrite_unlocked("z\n", 1, 2, stdout); } return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
