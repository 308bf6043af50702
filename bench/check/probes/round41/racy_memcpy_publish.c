/* TRUTH: racy — main publishes obj into gp with memcpy before create, then writes obj->v (line 10) while the worker writes gp->v (line 6). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct o { int v; }; struct o *gp;
void *w(void *a) { gp->v = 1; return 0; }
int main(void) { pthread_t t; struct o *obj = malloc(sizeof *obj); if (!obj) return 1;
  memcpy(&gp, &obj, sizeof obj);
  pthread_create(&t, 0, w, 0);
  obj->v = 2;
  pthread_join(t, 0); return 0; }
