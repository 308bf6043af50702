/* racy: main polls args[i].done (plain int) while thread i writes it, before joining */
#include <pthread.h>
#define N 3
struct targ { int id; int done; };
int res[N];
void *worker(void *p) { struct targ *a = p; res[a->id] = a->id; a->done = 1; return NULL; }
int main(void) {
  pthread_t t[N];
  struct targ args[N];
  for (int i = 0; i < N; i++) { args[i].id = i; args[i].done = 0; pthread_create(&t[i], NULL, worker, &args[i]); }
  int finished = 0;
  for (int i = 0; i < N; i++) finished += args[i].done;
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return finished;
}
