/* TRUTH: racy. Start routines come from a function-pointer array; reader and writer
   both run concurrently on `level`. */
#include <pthread.h>
int level;
void *writer(void *arg) { level = 3; return NULL; }
void *reader(void *arg) { return (void *)(long)level; }
void *(*const routines[2])(void *) = {writer, reader};
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, routines[i], NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return level;
}
