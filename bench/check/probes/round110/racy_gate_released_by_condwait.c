/* TRUTH: racy — main holds the start gate across create, but its pthread_cond_wait (waiting for "alive") releases the gate; the worker passes it and reads cfg while main then writes cfg */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t alive_cv = PTHREAD_COND_INITIALIZER;
int alive;
struct cfg { int port; int workers; } cfg;

static void *worker(void *arg) {
  int *out = arg;
  pthread_mutex_lock(&gate);
  alive = 1;
  pthread_cond_signal(&alive_cv);
  pthread_mutex_unlock(&gate);
  *out = cfg.port + cfg.workers;
  return NULL;
}

int main(void) {
  pthread_t t;
  int out = 0;
  pthread_mutex_lock(&gate);
  pthread_create(&t, NULL, worker, &out);
  while (!alive) pthread_cond_wait(&alive_cv, &gate);
  usleep(1000);
  cfg.port = 8080;
  cfg.workers = 4;
  pthread_mutex_unlock(&gate);
  pthread_join(t, NULL);
  printf("%d\n", out);
  return 0;
}
