import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'parley:isPublic';
/** Marks an operation that needs no access token (the login mutations, serverInfo). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
