/* TRUTH: free — __builtin_dynamic_object_size does not evaluate side effects of its pointer argument */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;

void *w(void *a) {
  size_t k = __builtin_dynamic_object_size((g++, &g), 0);
  (void)k;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
