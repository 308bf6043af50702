/* racy: each thread's argument is a fresh heap struct with its OWN mutex; both threads update the global 'shared' under different locks */
#include <pthread.h>
#include <stdlib.h>
struct targ { pthread_mutex_t m; int id; };
int shared;
void *w(void *p) {
  struct targ *a = p;
  pthread_mutex_lock(&a->m);
  shared += a->id;
  pthread_mutex_unlock(&a->m);
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    struct targ *a = malloc(sizeof *a);
    if (!a) return 1;
    pthread_mutex_init(&a->m, NULL);
    a->id = i + 1;
    pthread_create(&t[i], NULL, w, a);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return shared;
}
