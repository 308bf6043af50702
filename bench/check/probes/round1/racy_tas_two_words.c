/* TRUTH: racy. Two TAS locks; each thread takes a different one before `items++`. */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag la = ATOMIC_FLAG_INIT, lb = ATOMIC_FLAG_INIT;
int items;
void *wa(void *arg) { while (atomic_flag_test_and_set(&la)) ; items++; atomic_flag_clear(&la); return NULL; }
void *wb(void *arg) { while (atomic_flag_test_and_set(&lb)) ; items++; atomic_flag_clear(&lb); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, wa, NULL);
  pthread_create(&b, NULL, wb, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return items;
}
