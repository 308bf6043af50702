/* TRUTH: racy. The config struct is copied per thread and each copy's mutex re-initialized:
   two distinct mutexes guard the shared *cnt. */
#include <pthread.h>
int shared;
struct cfg { pthread_mutex_t m; int *cnt; };
void *w(void *p) { struct cfg *c = p; pthread_mutex_lock(&c->m); (*c->cnt)++; pthread_mutex_unlock(&c->m); return 0; }
int main(void) {
  struct cfg base = { .cnt = &shared }, c[2]; pthread_t t[2]; int i;
  pthread_mutex_init(&base.m, 0);
  for (i = 0; i < 2; i++) { c[i] = base; pthread_mutex_init(&c[i].m, 0); }
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &c[i]);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return shared; }
