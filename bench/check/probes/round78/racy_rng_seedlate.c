/* TRUTH: racy — main reseeds rng[0].s after creating the threads; thread 0 reads/writes rng[0].s concurrently */
#include <pthread.h>
#include <stdio.h>
#define T 4
struct rng { unsigned long long s; } rng[T];
long hits[T];
static unsigned next(struct rng *r) { r->s = r->s * 6364136223846793005ULL + 1442695040888963407ULL; return (unsigned)(r->s >> 33); }
static void *mc(void *arg) {
  int id = (int)(long)arg;
  long h = 0;
  for (int i = 0; i < 10000; i++) { unsigned x = next(&rng[id]) % 1000, y = next(&rng[id]) % 1000; if (x * x + y * y < 1000000) h++; }
  hits[id] = h;
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < T; i++) rng[i].s = 12345 + i;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, mc, (void *)i);
  rng[0].s = 999;
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long h = 0; for (int i = 0; i < T; i++) h += hits[i];
  printf("%f\n", 4.0 * h / (T * 10000.0));
  return 0;
}
