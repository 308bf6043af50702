/* TRUTH: racy — USE is 1, thread writes g while main writes it */
#include <pthread.h>
#include <stdio.h>
static const int USE = 1; int g;
void *t(void *a) { if (USE) g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
