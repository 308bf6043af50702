/* TRUTH: racy — transfer locks only accts[lo].m, so accts[hi].bal is written while another transfer holding a different lo mutex writes it too */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct acct { pthread_mutex_t m; long bal; };
struct acct accts[N];
static void transfer(int a, int b, long amt) {
  int lo = a < b ? a : b, hi = a < b ? b : a;
  if (a == b) return;
  pthread_mutex_lock(&accts[lo].m);

  accts[a].bal -= amt;
  accts[b].bal += amt;

  pthread_mutex_unlock(&accts[lo].m);
}
static void *worker(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 1000; i++) transfer((id + i) % N, (id + 2*i + 1) % N, 1);
  return 0;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < N; i++) { pthread_mutex_init(&accts[i].m, 0); accts[i].bal = 100; }
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  long s = 0; for (int i = 0; i < N; i++) s += accts[i].bal;
  printf("%ld\n", s);
  return 0;
}
