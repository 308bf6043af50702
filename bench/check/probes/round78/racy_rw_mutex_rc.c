/* TRUTH: racy — reader decrements rc outside mutex m (rc-- races with other reader's ++rc under m) */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
sem_t wlock;
int rc;
int data[4];
static void *reader(void *a) {
  long s = 0;
  for (int it = 0; it < 100; it++) {
    pthread_mutex_lock(&m); if (++rc == 1) sem_wait(&wlock); pthread_mutex_unlock(&m);
    for (int i = 0; i < 4; i++) s += data[i];
    if (--rc == 0) sem_post(&wlock);
  }
  return (void *)s;
}
static void *writer(void *a) {
  for (int it = 0; it < 100; it++) {
    sem_wait(&wlock);
    for (int i = 0; i < 4; i++) data[i] = it;
    sem_post(&wlock);
  }
  return 0;
}
int main(void) {
  pthread_t r1, r2, w;
  sem_init(&wlock, 0, 1);
  pthread_create(&r1, 0, reader, 0); pthread_create(&r2, 0, reader, 0); pthread_create(&w, 0, writer, 0);
  pthread_join(r1, 0); pthread_join(r2, 0); pthread_join(w, 0);
  printf("%d\n", data[0]);
  return 0;
}
