/* TRUTH: racy. tab[1].p points to g; worker writes through it while main writes g. */
#include <pthread.h>
struct slot { int id; int *p; };
int g, h;
struct slot tab[2];
void *w(void *a) { (void)a; *tab[1].p += 1; return 0; }
int main(void) {
  pthread_t t; tab[0].p = &h; tab[1].p = &g;
  pthread_create(&t, 0, w, 0);
  g = 5;
  pthread_join(t, 0); return 0; }
