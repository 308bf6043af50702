/* TRUTH: free — double-checked locking with an atomic pointer: acquire load on the fast path, release store on publish */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct service { int port; int conns; };
static _Atomic(struct service *) instance;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static struct service *get_service(void) {
  struct service *s = atomic_load_explicit(&instance, memory_order_acquire);
  if (s == NULL) {
    pthread_mutex_lock(&m);
    s = atomic_load_explicit(&instance, memory_order_relaxed);
    if (s == NULL) {
      s = malloc(sizeof *s);
      s->port = 8080; s->conns = 0;
      atomic_store_explicit(&instance, s, memory_order_release);
    }
    pthread_mutex_unlock(&m);
  }
  return s;
}

static void *client(void *arg) {
  (void)arg;
  return (void *)(long)get_service()->port;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, client, NULL);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  printf("%d\n", get_service()->port);
  free(atomic_load(&instance));
  return 0;
}
