/* TRUTH: free — each thread mallocs and fills its own buffer and hands it back through its return value */
#include <pthread.h>
#include <stdlib.h>

void *make(void *arg) {
  int n = (int)(long)arg;
  int *buf = malloc(n * sizeof(int));
  if (!buf) return 0;
  for (int i = 0; i < n; i++) buf[i] = i;
  return buf;
}

int main(void) {
  pthread_t a, b;
  void *ra, *rb;
  pthread_create(&a, 0, make, (void *)3L);
  pthread_create(&b, 0, make, (void *)4L);
  pthread_join(a, &ra);
  pthread_join(b, &rb);
  int s = 0;
  if (ra) s += ((int *)ra)[2];
  if (rb) s += ((int *)rb)[3];
  free(ra);
  free(rb);
  return s;
}
