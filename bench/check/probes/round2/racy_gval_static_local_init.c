/* TRUTH: racy. A static global initialised with 1 via a macro expression (1 << 3 = 8);
   t2 writes x when g == 8, racing with main. */
#include <pthread.h>
#define FLAG (1 << 3)
static int g = FLAG;
int x;
void *t2(void *arg) { if (g == 8) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
