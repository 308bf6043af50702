// free: all accesses to hits are seq_cst atomics (_Atomic int with ++ and atomic_load).
#include <pthread.h>
#include <stdatomic.h>
_Atomic int hits;
void *w(void *a) {
  for (int i = 0; i < 100; i++) hits++;
  return (void *)(long)atomic_load(&hits);
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return hits;
}
