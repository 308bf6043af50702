/* TRUTH: racy — CAS spinlock forgets to reset 'expected' after a failed CAS: the retry compares 1==1 and "acquires" a held lock */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

atomic_int lockword;
long shared_sum;

static void spin_lock(atomic_int *l) {
  int expected = 0;
  while (!atomic_compare_exchange_weak(l, &expected, 1))
    ;
}
static void spin_unlock(atomic_int *l) { atomic_store(l, 0); }

static void *worker(void *arg) {
  long v = (long)arg;
  for (int i = 0; i < 30; i++) {
    spin_lock(&lockword);
    long s = shared_sum;
    usleep(20);
    shared_sum = s + v;
    spin_unlock(&lockword);
  }
  return NULL;
}

int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  printf("%ld\n", shared_sum);
  return 0;
}
