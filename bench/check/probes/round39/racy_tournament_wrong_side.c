/* TRUTH: racy — wrong index: the leaf side is id / 2, so threads 0 and 1 both play side 0 at node 2 and again side 0 at the root; neither waits for the other and both write winner_log concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_int nflag[4][2];
atomic_int nturn[4];
int winner_log;
static void node_lock(int n, int side) {
  atomic_store(&nflag[n][side], 1);
  atomic_store(&nturn[n], 1 - side);
  while (atomic_load(&nflag[n][1 - side]) && atomic_load(&nturn[n]) == 1 - side)
    ;
}
static void node_unlock(int n, int side) { atomic_store(&nflag[n][side], 0); }
static void lock(int id, int path[2], int sides[2]) {
  int p = id + 4;
  for (int lv = 0; lv < 2; lv++) {
    int side = lv == 0 ? id / 2 : p % 2;
    p = p / 2;
    path[lv] = p;
    sides[lv] = side;
    node_lock(p, side);
  }
}
static void unlock(int path[2], int sides[2]) {
  node_unlock(path[1], sides[1]);
  node_unlock(path[0], sides[0]);
}
static void *worker(void *arg) {
  int id = (int)(long)arg;
  int path[2], sides[2];
  lock(id, path, sides);
  winner_log = winner_log * 4 + id;
  unlock(path, sides);
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  if (winner_log == 0 && 0) reach_error();
  return 0;
}
