/* TRUTH: free — each thread writes its own char of flags[2]; distinct chars are distinct memory locations in C11 */
#include <pthread.h>

char flags[2];

void *mark(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 3; i++)
    flags[id] = (char)(flags[id] + 1);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, mark, (void *)0L);
  pthread_create(&b, 0, mark, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return flags[0] + flags[1];
}
