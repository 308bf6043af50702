/* TRUTH: free — threads use __atomic_fetch_add (relaxed) on plain int 'total'; main's plain read is after both joins */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }


int total;

void *adder(void *arg) {
  for (int i = 0; i < 3; i++)
    __atomic_fetch_add(&total, 1, __ATOMIC_RELAXED);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, adder, 0);
  pthread_create(&b, 0, adder, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return total == 6 ? 0 : 1;
}
