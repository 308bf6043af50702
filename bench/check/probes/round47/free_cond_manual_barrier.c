/* TRUTH: free — hand-made barrier (mutex + condvar + arrived counter); part[] slots written before the barrier by their owner, read by others after it */
#include <pthread.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define NB 3

pthread_mutex_t bm = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t bc = PTHREAD_COND_INITIALIZER;
int arrived;
int part[NB];
int view[NB];

static void barrier(void) {
  pthread_mutex_lock(&bm);
  arrived++;
  if (arrived == NB)
    pthread_cond_broadcast(&bc);
  else
    while (arrived < NB)
      pthread_cond_wait(&bc, &bm);
  pthread_mutex_unlock(&bm);
}

void *w(void *arg) {
  int id = (int)(intptr_t)arg, i, s = 0;
  part[id] = id * 3;
  barrier();
  for (i = 0; i < NB; i++) s += part[i];
  view[id] = s;
  return 0;
}

int main(void) {
  pthread_t t[NB];
  int i;
  for (i = 0; i < NB; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (i = 0; i < NB; i++) pthread_join(t[i], 0);
  for (i = 0; i < NB; i++) if (view[i] != 9) reach_error();
  return 0;
}
