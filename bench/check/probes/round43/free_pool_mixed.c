/* TRUTH: free — workers get distinct struct args (slot index 0..2); each writes only res[slot] and its own arg's done field; the shared total is updated under tm; the processed counter is an atomic_int; nondet work sizes do not matter; main reads everything after the join loop that covers all creates */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
void assume_abort_if_not(int c) { if (!c) abort(); }
#define NW 3
struct task { int slot; int n; int done; };
static int res[NW];
static long total;
static atomic_int processed;
static pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER;

static int crunch(int n) {
  int acc = 0;
  for (int k = 0; k < n; k++) acc += k % 7;
  return acc;
}

static void add_total(int v) {
  pthread_mutex_lock(&tm);
  total += v;
  pthread_mutex_unlock(&tm);
}

void *worker(void *p) {
  struct task *t = p;
  int v = crunch(t->n);
  res[t->slot] = v;
  add_total(v);
  atomic_fetch_add(&processed, 1);
  t->done = 1;
  return NULL;
}

int main(void) {
  pthread_t th[NW];
  struct task tasks[NW];
  int i;
  for (i = 0; i < NW; i++) {
    int n = __VERIFIER_nondet_int();
    assume_abort_if_not(n >= 0 && n < 100);
    tasks[i].slot = i;
    tasks[i].n = n;
    tasks[i].done = 0;
  }
  for (i = 0; i < NW; i++) pthread_create(&th[i], NULL, worker, &tasks[i]);
  for (i = 0; i < NW; i++) pthread_join(th[i], NULL);
  long s = 0;
  for (i = 0; i < NW; i++) {
    if (!tasks[i].done) reach_error();
    s += res[i];
  }
  if (s != total) reach_error();
  if (atomic_load(&processed) != NW) reach_error();
  return 0;
}
