/* TRUTH: free — main writes g only in branch after join */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  if (argc > 1) { pthread_join(t, 0); g = 2; }
  return 0;
}
