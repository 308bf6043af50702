/* TRUTH: racy. Whole-struct assignment in the worker writes every field, including
   cur.y, which main increments concurrently. */
#include <pthread.h>
struct pt { int x, y; };
struct pt cur, next = {3, 4};
void *worker(void *arg) { cur = next; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  cur.y++;
  pthread_join(t, NULL);
  return cur.x;
}
