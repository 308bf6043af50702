/* TRUTH: racy — the reference count is decremented with a plain read-modify-write in two threads */
#include <pthread.h>
#include <stdlib.h>
struct obj { int refs; int data; };
void *drop(void *arg)
{
  struct obj *o = arg;
  o->refs--;
  return 0;
}
int main(void)
{
  pthread_t a, b;
  struct obj *o = malloc(sizeof *o);
  if (!o)
    return 0;
  o->refs = 2;
  o->data = 0;
  pthread_create(&a, 0, drop, o);
  pthread_create(&b, 0, drop, o);
  pthread_join(a, 0);
  pthread_join(b, 0);
  int r = o->refs;
  free(o);
  return r;
}
