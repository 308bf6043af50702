/* TRUTH: free — counter is _Thread_local, each thread has its own copy */
#include <pthread.h>
#include <stdio.h>
_Thread_local int counter;
void *w(void *a) { for (int i = 0; i < 1000; i++) counter++; return (void *)(long)counter; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  counter = 7;
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", counter); return 0;
}
