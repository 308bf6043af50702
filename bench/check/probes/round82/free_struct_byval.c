/* TRUTH: free — each thread copies the argument struct into a local and only modifies the local copy; main modifies the original after creating */
#include <pthread.h>
#include <stdio.h>
struct cfg { int n; int v[4]; };
struct cfg shared_cfg = {4, {1, 2, 3, 4}};
void *w(void *a) { struct cfg c; pthread_mutex_t *unused = 0; (void)unused; c = *(const struct cfg *)a; c.v[0] = 99; return (void *)(long)c.v[0]; }
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, w, &shared_cfg);
  pthread_join(a, 0);
  shared_cfg.v[0] = 5;
  printf("%d\n", shared_cfg.v[0]); return 0;
}
