/* TRUTH: free — both threads get a pointer to the same heap account and update acc->bal (line 7) holding acc->m; main reads after joins and frees. */
#include <pthread.h>
#include <stdlib.h>
struct acct { pthread_mutex_t m; int bal; };
void *op(void *a) {
  struct acct *acc = a; pthread_mutex_lock(&acc->m);
  acc->bal += 5;
  pthread_mutex_unlock(&acc->m); return 0; }
int main(void) { struct acct *acc = malloc(sizeof *acc); if (!acc) return 1;
  pthread_mutex_init(&acc->m, 0); acc->bal = 0;
  pthread_t p, q; pthread_create(&p, 0, op, acc); pthread_create(&q, 0, op, acc);
  pthread_join(p, 0); pthread_join(q, 0); int b = acc->bal; free(acc); return b; }
