/* TRUTH: free — memset on disjoint halves of buf */
#include <pthread.h>
#include <string.h>
#include <stdio.h>
char buf[64];
void *t1(void *a) { memset(buf, 'a', 32); return 0; }
void *t2(void *a) { memset(buf + 32, 'b', 32); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%c%c\n", buf[0], buf[63]); return 0;
}
