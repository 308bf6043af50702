/* TRUTH: free — while(1) server loop takes requests under the lock and breaks on shutdown; main sets shutdown under the lock and reads stats after join */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int pending, shutdown_req;
int served_total;

static void *server(void *arg) {
  (void)arg;
  int served = 0;
  while (1) {
    pthread_mutex_lock(&m);
    while (pending == 0 && !shutdown_req) pthread_cond_wait(&cv, &m);
    if (pending == 0 && shutdown_req) { pthread_mutex_unlock(&m); break; }
    pending--;
    pthread_mutex_unlock(&m);
    served++;
  }
  served_total = served;
  return NULL;
}

int main(void) {
  pthread_t s;
  pthread_create(&s, NULL, server, NULL);
  for (int i = 0; i < 10; i++) {
    pthread_mutex_lock(&m); pending++; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  }
  pthread_mutex_lock(&m); shutdown_req = 1; pthread_cond_broadcast(&cv); pthread_mutex_unlock(&m);
  pthread_join(s, NULL);
  printf("%d\n", served_total);
  return 0;
}
