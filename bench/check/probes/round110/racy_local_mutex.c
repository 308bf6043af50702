/* TRUTH: racy — each worker initialises its own local mutex, so the "protected" global counter is not protected at all */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

long served;

static void *worker(void *arg) {
  (void)arg;
  pthread_mutex_t m;
  pthread_mutex_init(&m, NULL);
  for (int i = 0; i < 20; i++) {
    pthread_mutex_lock(&m);
    long s = served;
    usleep(30);
    served = s + 1;
    pthread_mutex_unlock(&m);
  }
  pthread_mutex_destroy(&m);
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%ld\n", served);
  return 0;
}
