/* TRUTH: free — lazy initialisation fully under the mutex (check and create), and the object is used only via the returned pointer under the lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct pool { int capacity; int used; };
static struct pool *the_pool;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static int pool_take(void) {
  pthread_mutex_lock(&m);
  if (!the_pool) {
    the_pool = malloc(sizeof *the_pool);
    if (!the_pool) abort();
    the_pool->capacity = 10;
    the_pool->used = 0;
  }
  int ok = the_pool->used < the_pool->capacity;
  if (ok) the_pool->used++;
  pthread_mutex_unlock(&m);
  return ok;
}

static void *client(void *arg) {
  (void)arg;
  int got = 0;
  for (int i = 0; i < 5; i++) got += pool_take();
  return (void *)(long)got;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, client, NULL);
  long total = 0;
  for (int i = 0; i < 3; i++) { void *r; pthread_join(t[i], &r); total += (long)r; }
  printf("%ld %d\n", total, the_pool->used);
  free(the_pool);
  return 0;
}
