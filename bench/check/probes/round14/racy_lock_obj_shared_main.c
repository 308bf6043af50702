/* racy: main updates the objects without their mutex */
#include <pthread.h>
#include <stdlib.h>
struct obj { pthread_mutex_t m; int n; };
struct obj *objs[3];
void *w(void *p){ struct obj *o = p; pthread_mutex_lock(&o->m); o->n++; pthread_mutex_unlock(&o->m); return 0; }
int main(void){ pthread_t t[3]; int s = 0;
  for (int i = 0; i < 3; i++) { struct obj *o = malloc(sizeof *o); pthread_mutex_init(&o->m, 0); o->n = 0; objs[i] = o; pthread_create(&t[i], 0, w, o); }
  for (int i = 0; i < 3; i++) objs[i]->n += 10;
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  for (int i = 0; i < 3; i++) s += objs[i]->n;
  return s; }
