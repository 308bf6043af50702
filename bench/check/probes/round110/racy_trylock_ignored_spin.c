/* TRUTH: racy — the logger thread "try-locks" the spinlock once and writes whether or not it got it */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

atomic_flag lk = ATOMIC_FLAG_INIT;
int events;

static void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 50; i++) {
    while (atomic_flag_test_and_set(&lk))
      ;
    events++;
    usleep(50);
    atomic_flag_clear(&lk);
  }
  return NULL;
}

static void *logger(void *arg) {
  (void)arg;
  for (int i = 0; i < 50; i++) {
    int got = !atomic_flag_test_and_set(&lk);
    events += 10;
    if (got) atomic_flag_clear(&lk);
    usleep(30);
  }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, logger, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", events);
  return 0;
}
