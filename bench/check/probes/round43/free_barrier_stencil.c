/* TRUTH: free — phase 1: thread i writes only cur[i]; pthread_barrier_wait orders all phase-1 writes before phase-2 reads of cur[]; phase 2 writes only nxt[i]; a second barrier precedes the copy back, where thread i writes only cur[i] after everyone finished reading; main reads after joins */
#include <pthread.h>
#define NT 3
#define ROUNDS 2
static int cur[NT], nxt[NT];
static pthread_barrier_t bar;
struct warg { int id; int seed; };

static int left(int i) { return cur[(i + NT - 1) % NT]; }
static int right(int i) { return cur[(i + 1) % NT]; }

void *stencil(void *p) {
  struct warg *w = p;
  int i = w->id;
  cur[i] = w->seed;
  pthread_barrier_wait(&bar);
  for (int r = 0; r < ROUNDS; r++) {
    nxt[i] = (left(i) + cur[i] + right(i)) / 3;
    pthread_barrier_wait(&bar);
    cur[i] = nxt[i];
    pthread_barrier_wait(&bar);
  }
  return NULL;
}

int main(void) {
  pthread_t t[NT];
  struct warg a[NT];
  int i, s = 0;
  pthread_barrier_init(&bar, NULL, NT);
  for (i = 0; i < NT; i++) {
    a[i].id = i;
    a[i].seed = 10 * (i + 1);
    pthread_create(&t[i], NULL, stencil, &a[i]);
  }
  for (i = 0; i < NT; i++) pthread_join(t[i], NULL);
  for (i = 0; i < NT; i++) s += cur[i];
  pthread_barrier_destroy(&bar);
  return s;
}
