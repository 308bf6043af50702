/* TRUTH: racy — auditor thread reads accts[i].bal without locks while workers write it under the account mutex */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct acct { pthread_mutex_t m; long bal; };
struct acct accts[N];
static void transfer(int a, int b, long amt) {
  int lo = a < b ? a : b, hi = a < b ? b : a;
  if (a == b) return;
  pthread_mutex_lock(&accts[lo].m);
  pthread_mutex_lock(&accts[hi].m);
  accts[a].bal -= amt;
  accts[b].bal += amt;
  pthread_mutex_unlock(&accts[hi].m);
  pthread_mutex_unlock(&accts[lo].m);
}
static void *worker(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 1000; i++) transfer((id + i) % N, (id + 2*i + 1) % N, 1);
  return 0;
}
static void *auditor(void *arg) {
  long s = 0;
  for (int i = 0; i < N; i++) s += accts[i].bal;
  *(long *)arg = s;
  return 0;
}
int main(void) {
  pthread_t t[3], a; long total;
  for (int i = 0; i < N; i++) { pthread_mutex_init(&accts[i].m, 0); accts[i].bal = 100; }
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, (void *)i);
  pthread_create(&a, 0, auditor, &total);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  pthread_join(a, 0);
  printf("%ld\n", total);
  return 0;
}
