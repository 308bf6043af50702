/* TRUTH: racy — double-checked locking with a plain pointer: the unlocked first check reads 'instance' while another thread writes it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct service { int port; int conns; };
static struct service *instance;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static struct service *get_service(void) {
  if (instance == NULL) {
    pthread_mutex_lock(&m);
    if (instance == NULL) {
      struct service *s = malloc(sizeof *s);
      s->port = 8080; s->conns = 0;
      instance = s;
    }
    pthread_mutex_unlock(&m);
  }
  return instance;
}

static void *client(void *arg) {
  (void)arg;
  return (void *)(long)get_service()->port;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, client, NULL);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  printf("%d\n", instance->port);
  free(instance);
  return 0;
}
