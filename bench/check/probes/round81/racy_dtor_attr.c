/* TRUTH: racy — destructor function (runs after main returns) reads g while detached worker is still writing g */
#include <pthread.h>
#include <stdio.h>
long g;
__attribute__((destructor)) static void fin(void) { printf("%ld\n", g); }
void *w(void *a) { for (long i = 0; i < 100000000; i++) g++; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_detach(t);
  return 0;
}
